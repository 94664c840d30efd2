; torchsmt obligation sigmoid.vjp_eq_jvp_transpose@2x3 (lemma, op sigmoid, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((2, 3),) params {}, off kinks
(set-info :source |torchsmt lemma sigmoid.vjp_eq_jvp_transpose@2x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun ts_exp!1 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun ts_exp!3 () Real)
(declare-fun div!7 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun ts_exp!4 () Real)
(declare-fun div!9 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!10 () Real)
(declare-fun ts_exp!5 () Real)
(declare-fun div!11 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(declare-fun w_0_0 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_0_2 () Real)
(declare-fun w_0_1 () Real)
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= 1.0 (* div!1 ?x458))))))
(assert
 (let ((?x302 (- (ite (> 0.0 x0_0_0) (- 1.0) 1.0))))
 (let ((?x463 (* ts_exp!0 ?x302)))
 (let ((?x464 (+ 0.0 ?x463)))
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let ((?x467 (* div!2 ?x458)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= ?x467 (- 0.0 (* div!1 ?x464)))))))))))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= 1.0 (* div!3 ?x470))))))
(assert
 (let ((?x311 (- (ite (> 0.0 x0_0_1) (- 0.0) 0.0))))
 (let ((?x475 (* ts_exp!1 ?x311)))
 (let ((?x476 (+ 0.0 ?x475)))
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let ((?x479 (* div!4 ?x470)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= ?x479 (- 0.0 (* div!3 ?x476)))))))))))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= 1.0 (* div!5 ?x482))))))
(assert
 (let ((?x319 (- (ite (> 0.0 x0_0_2) (- 0.0) 0.0))))
 (let ((?x487 (* ts_exp!2 ?x319)))
 (let ((?x488 (+ 0.0 ?x487)))
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let ((?x491 (* div!6 ?x482)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= ?x491 (- 0.0 (* div!5 ?x488)))))))))))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= 1.0 (* div!7 ?x494))))))
(assert
 (let ((?x327 (- (ite (> 0.0 x0_1_0) (- 0.0) 0.0))))
 (let ((?x499 (* ts_exp!3 ?x327)))
 (let ((?x500 (+ 0.0 ?x499)))
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let ((?x503 (* div!8 ?x494)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= ?x503 (- 0.0 (* div!7 ?x500)))))))))))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= 1.0 (* div!9 ?x506))))))
(assert
 (let ((?x335 (- (ite (> 0.0 x0_1_1) (- 0.0) 0.0))))
 (let ((?x511 (* ts_exp!4 ?x335)))
 (let ((?x512 (+ 0.0 ?x511)))
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let ((?x515 (* div!10 ?x506)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= ?x515 (- 0.0 (* div!9 ?x512)))))))))))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= 1.0 (* div!11 ?x518))))))
(assert
 (let ((?x343 (- (ite (> 0.0 x0_1_2) (- 0.0) 0.0))))
 (let ((?x523 (* ts_exp!5 ?x343)))
 (let ((?x524 (+ 0.0 ?x523)))
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let ((?x527 (* div!12 ?x518)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= ?x527 (- 0.0 (* div!11 ?x524)))))))))))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= (* div!13 ?x458) ts_exp!0)))))
(assert
 (let ((?x302 (- (ite (> 0.0 x0_0_0) (- 1.0) 1.0))))
 (let ((?x463 (* ts_exp!0 ?x302)))
 (let ((?x464 (+ 0.0 ?x463)))
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let ((?x535 (* div!14 ?x458)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= ?x535 (- ?x463 (* div!13 ?x464)))))))))))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= (* div!15 ?x470) ts_exp!1)))))
(assert
 (let ((?x311 (- (ite (> 0.0 x0_0_1) (- 0.0) 0.0))))
 (let ((?x475 (* ts_exp!1 ?x311)))
 (let ((?x476 (+ 0.0 ?x475)))
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let ((?x543 (* div!16 ?x470)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= ?x543 (- ?x475 (* div!15 ?x476)))))))))))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= (* div!17 ?x482) ts_exp!2)))))
(assert
 (let ((?x319 (- (ite (> 0.0 x0_0_2) (- 0.0) 0.0))))
 (let ((?x487 (* ts_exp!2 ?x319)))
 (let ((?x488 (+ 0.0 ?x487)))
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let ((?x551 (* div!18 ?x482)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= ?x551 (- ?x487 (* div!17 ?x488)))))))))))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= (* div!19 ?x494) ts_exp!3)))))
(assert
 (let ((?x327 (- (ite (> 0.0 x0_1_0) (- 0.0) 0.0))))
 (let ((?x499 (* ts_exp!3 ?x327)))
 (let ((?x500 (+ 0.0 ?x499)))
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let ((?x559 (* div!20 ?x494)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= ?x559 (- ?x499 (* div!19 ?x500)))))))))))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= (* div!21 ?x506) ts_exp!4)))))
(assert
 (let ((?x335 (- (ite (> 0.0 x0_1_1) (- 0.0) 0.0))))
 (let ((?x511 (* ts_exp!4 ?x335)))
 (let ((?x512 (+ 0.0 ?x511)))
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let ((?x567 (* div!22 ?x506)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= ?x567 (- ?x511 (* div!21 ?x512)))))))))))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= (* div!23 ?x518) ts_exp!5)))))
(assert
 (let ((?x343 (- (ite (> 0.0 x0_1_2) (- 0.0) 0.0))))
 (let ((?x523 (* ts_exp!5 ?x343)))
 (let ((?x524 (+ 0.0 ?x523)))
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let ((?x575 (* div!24 ?x518)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= ?x575 (- ?x523 (* div!23 ?x524)))))))))))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let (($x78 (<= 0.0 x0_0_0)))
 (let ((?x247 (ite $x78 div!1 div!13)))
 (let ((?x277 (* w_0_0 (* ?x247 (- 1.0 ?x247)))))
 (let ((?x296 (+ (* w_0_0 (ite $x78 div!2 div!14)) (* w_0_1 (ite (<= 0.0 x0_0_1) div!4 div!16)) (* w_0_2 (ite (<= 0.0 x0_0_2) div!6 div!18)) (* w_1_0 (ite (<= 0.0 x0_1_0) div!8 div!20)) (* w_1_1 (ite (<= 0.0 x0_1_1) div!10 div!22)) (* w_1_2 (ite (<= 0.0 x0_1_2) div!12 div!24)))))
 (let (($x299 (= ?x296 ?x277)))
 (not $x299)))))))
(assert
 (let (($x580 (= ts_exp!0 ts_exp!1)))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x56)) $x580)))))
(assert
 (let (($x584 (= ts_exp!0 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x58)) $x584)))))
(assert
 (let (($x588 (= ts_exp!0 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x60)) $x588)))))
(assert
 (let (($x592 (= ts_exp!0 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x62)) $x592)))))
(assert
 (let (($x596 (= ts_exp!0 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x64)) $x596)))))
(assert
 (let (($x600 (= ts_exp!1 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x58)) $x600)))))
(assert
 (let (($x604 (= ts_exp!1 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x60)) $x604)))))
(assert
 (let (($x608 (= ts_exp!1 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x62)) $x608)))))
(assert
 (let (($x612 (= ts_exp!1 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x64)) $x612)))))
(assert
 (let (($x616 (= ts_exp!2 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x60)) $x616)))))
(assert
 (let (($x620 (= ts_exp!2 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x62)) $x620)))))
(assert
 (let (($x624 (= ts_exp!2 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x64)) $x624)))))
(assert
 (let (($x628 (= ts_exp!3 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x62)) $x628)))))
(assert
 (let (($x632 (= ts_exp!3 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x64)) $x632)))))
(assert
 (let (($x636 (= ts_exp!4 ts_exp!5)))
(let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
(let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
(=> (and (= ?x62 ?x64)) $x636)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun ts_exp!1 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun ts_exp!3 () Real)
(declare-fun div!7 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun ts_exp!4 () Real)
(declare-fun div!9 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!10 () Real)
(declare-fun ts_exp!5 () Real)
(declare-fun div!11 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(declare-fun w_0_1 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_0_2 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= 1.0 (* div!1 ?x458))))))
(assert
 (let ((?x376 (- (ite (> 0.0 x0_0_0) (- 0.0) 0.0))))
 (let ((?x639 (* ts_exp!0 ?x376)))
 (let ((?x640 (+ 0.0 ?x639)))
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let ((?x467 (* div!2 ?x458)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= ?x467 (- 0.0 (* div!1 ?x640)))))))))))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= 1.0 (* div!3 ?x470))))))
(assert
 (let ((?x384 (- (ite (> 0.0 x0_0_1) (- 1.0) 1.0))))
 (let ((?x645 (* ts_exp!1 ?x384)))
 (let ((?x646 (+ 0.0 ?x645)))
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let ((?x479 (* div!4 ?x470)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= ?x479 (- 0.0 (* div!3 ?x646)))))))))))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= 1.0 (* div!5 ?x482))))))
(assert
 (let ((?x319 (- (ite (> 0.0 x0_0_2) (- 0.0) 0.0))))
 (let ((?x487 (* ts_exp!2 ?x319)))
 (let ((?x488 (+ 0.0 ?x487)))
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let ((?x491 (* div!6 ?x482)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= ?x491 (- 0.0 (* div!5 ?x488)))))))))))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= 1.0 (* div!7 ?x494))))))
(assert
 (let ((?x327 (- (ite (> 0.0 x0_1_0) (- 0.0) 0.0))))
 (let ((?x499 (* ts_exp!3 ?x327)))
 (let ((?x500 (+ 0.0 ?x499)))
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let ((?x503 (* div!8 ?x494)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= ?x503 (- 0.0 (* div!7 ?x500)))))))))))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= 1.0 (* div!9 ?x506))))))
(assert
 (let ((?x335 (- (ite (> 0.0 x0_1_1) (- 0.0) 0.0))))
 (let ((?x511 (* ts_exp!4 ?x335)))
 (let ((?x512 (+ 0.0 ?x511)))
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let ((?x515 (* div!10 ?x506)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= ?x515 (- 0.0 (* div!9 ?x512)))))))))))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= 1.0 (* div!11 ?x518))))))
(assert
 (let ((?x343 (- (ite (> 0.0 x0_1_2) (- 0.0) 0.0))))
 (let ((?x523 (* ts_exp!5 ?x343)))
 (let ((?x524 (+ 0.0 ?x523)))
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let ((?x527 (* div!12 ?x518)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= ?x527 (- 0.0 (* div!11 ?x524)))))))))))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= (* div!13 ?x458) ts_exp!0)))))
(assert
 (let ((?x376 (- (ite (> 0.0 x0_0_0) (- 0.0) 0.0))))
 (let ((?x639 (* ts_exp!0 ?x376)))
 (let ((?x640 (+ 0.0 ?x639)))
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let ((?x535 (* div!14 ?x458)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= ?x535 (- ?x639 (* div!13 ?x640)))))))))))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= (* div!15 ?x470) ts_exp!1)))))
(assert
 (let ((?x384 (- (ite (> 0.0 x0_0_1) (- 1.0) 1.0))))
 (let ((?x645 (* ts_exp!1 ?x384)))
 (let ((?x646 (+ 0.0 ?x645)))
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let ((?x543 (* div!16 ?x470)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= ?x543 (- ?x645 (* div!15 ?x646)))))))))))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= (* div!17 ?x482) ts_exp!2)))))
(assert
 (let ((?x319 (- (ite (> 0.0 x0_0_2) (- 0.0) 0.0))))
 (let ((?x487 (* ts_exp!2 ?x319)))
 (let ((?x488 (+ 0.0 ?x487)))
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let ((?x551 (* div!18 ?x482)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= ?x551 (- ?x487 (* div!17 ?x488)))))))))))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= (* div!19 ?x494) ts_exp!3)))))
(assert
 (let ((?x327 (- (ite (> 0.0 x0_1_0) (- 0.0) 0.0))))
 (let ((?x499 (* ts_exp!3 ?x327)))
 (let ((?x500 (+ 0.0 ?x499)))
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let ((?x559 (* div!20 ?x494)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= ?x559 (- ?x499 (* div!19 ?x500)))))))))))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= (* div!21 ?x506) ts_exp!4)))))
(assert
 (let ((?x335 (- (ite (> 0.0 x0_1_1) (- 0.0) 0.0))))
 (let ((?x511 (* ts_exp!4 ?x335)))
 (let ((?x512 (+ 0.0 ?x511)))
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let ((?x567 (* div!22 ?x506)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= ?x567 (- ?x511 (* div!21 ?x512)))))))))))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= (* div!23 ?x518) ts_exp!5)))))
(assert
 (let ((?x343 (- (ite (> 0.0 x0_1_2) (- 0.0) 0.0))))
 (let ((?x523 (* ts_exp!5 ?x343)))
 (let ((?x524 (+ 0.0 ?x523)))
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let ((?x575 (* div!24 ?x518)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= ?x575 (- ?x523 (* div!23 ?x524)))))))))))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let (($x79 (<= 0.0 x0_0_1)))
 (let ((?x249 (ite $x79 div!3 div!15)))
 (let ((?x278 (* w_0_1 (* ?x249 (- 1.0 ?x249)))))
 (let ((?x296 (+ (* w_0_0 (ite (<= 0.0 x0_0_0) div!2 div!14)) (* w_0_1 (ite $x79 div!4 div!16)) (* w_0_2 (ite (<= 0.0 x0_0_2) div!6 div!18)) (* w_1_0 (ite (<= 0.0 x0_1_0) div!8 div!20)) (* w_1_1 (ite (<= 0.0 x0_1_1) div!10 div!22)) (* w_1_2 (ite (<= 0.0 x0_1_2) div!12 div!24)))))
 (let (($x374 (= ?x296 ?x278)))
 (not $x374)))))))
(assert
 (let (($x580 (= ts_exp!0 ts_exp!1)))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x56)) $x580)))))
(assert
 (let (($x584 (= ts_exp!0 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x58)) $x584)))))
(assert
 (let (($x588 (= ts_exp!0 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x60)) $x588)))))
(assert
 (let (($x592 (= ts_exp!0 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x62)) $x592)))))
(assert
 (let (($x596 (= ts_exp!0 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x64)) $x596)))))
(assert
 (let (($x600 (= ts_exp!1 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x58)) $x600)))))
(assert
 (let (($x604 (= ts_exp!1 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x60)) $x604)))))
(assert
 (let (($x608 (= ts_exp!1 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x62)) $x608)))))
(assert
 (let (($x612 (= ts_exp!1 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x64)) $x612)))))
(assert
 (let (($x616 (= ts_exp!2 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x60)) $x616)))))
(assert
 (let (($x620 (= ts_exp!2 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x62)) $x620)))))
(assert
 (let (($x624 (= ts_exp!2 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x64)) $x624)))))
(assert
 (let (($x628 (= ts_exp!3 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x62)) $x628)))))
(assert
 (let (($x632 (= ts_exp!3 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x64)) $x632)))))
(assert
 (let (($x636 (= ts_exp!4 ts_exp!5)))
(let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
(let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
(=> (and (= ?x62 ?x64)) $x636)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun ts_exp!1 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun ts_exp!3 () Real)
(declare-fun div!7 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun ts_exp!4 () Real)
(declare-fun div!9 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!10 () Real)
(declare-fun ts_exp!5 () Real)
(declare-fun div!11 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(declare-fun w_0_2 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_0_1 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= 1.0 (* div!1 ?x458))))))
(assert
 (let ((?x376 (- (ite (> 0.0 x0_0_0) (- 0.0) 0.0))))
 (let ((?x639 (* ts_exp!0 ?x376)))
 (let ((?x640 (+ 0.0 ?x639)))
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let ((?x467 (* div!2 ?x458)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= ?x467 (- 0.0 (* div!1 ?x640)))))))))))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= 1.0 (* div!3 ?x470))))))
(assert
 (let ((?x311 (- (ite (> 0.0 x0_0_1) (- 0.0) 0.0))))
 (let ((?x475 (* ts_exp!1 ?x311)))
 (let ((?x476 (+ 0.0 ?x475)))
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let ((?x479 (* div!4 ?x470)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= ?x479 (- 0.0 (* div!3 ?x476)))))))))))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= 1.0 (* div!5 ?x482))))))
(assert
 (let ((?x401 (- (ite (> 0.0 x0_0_2) (- 1.0) 1.0))))
 (let ((?x660 (* ts_exp!2 ?x401)))
 (let ((?x661 (+ 0.0 ?x660)))
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let ((?x491 (* div!6 ?x482)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= ?x491 (- 0.0 (* div!5 ?x661)))))))))))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= 1.0 (* div!7 ?x494))))))
(assert
 (let ((?x327 (- (ite (> 0.0 x0_1_0) (- 0.0) 0.0))))
 (let ((?x499 (* ts_exp!3 ?x327)))
 (let ((?x500 (+ 0.0 ?x499)))
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let ((?x503 (* div!8 ?x494)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= ?x503 (- 0.0 (* div!7 ?x500)))))))))))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= 1.0 (* div!9 ?x506))))))
(assert
 (let ((?x335 (- (ite (> 0.0 x0_1_1) (- 0.0) 0.0))))
 (let ((?x511 (* ts_exp!4 ?x335)))
 (let ((?x512 (+ 0.0 ?x511)))
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let ((?x515 (* div!10 ?x506)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= ?x515 (- 0.0 (* div!9 ?x512)))))))))))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= 1.0 (* div!11 ?x518))))))
(assert
 (let ((?x343 (- (ite (> 0.0 x0_1_2) (- 0.0) 0.0))))
 (let ((?x523 (* ts_exp!5 ?x343)))
 (let ((?x524 (+ 0.0 ?x523)))
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let ((?x527 (* div!12 ?x518)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= ?x527 (- 0.0 (* div!11 ?x524)))))))))))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= (* div!13 ?x458) ts_exp!0)))))
(assert
 (let ((?x376 (- (ite (> 0.0 x0_0_0) (- 0.0) 0.0))))
 (let ((?x639 (* ts_exp!0 ?x376)))
 (let ((?x640 (+ 0.0 ?x639)))
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let ((?x535 (* div!14 ?x458)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= ?x535 (- ?x639 (* div!13 ?x640)))))))))))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= (* div!15 ?x470) ts_exp!1)))))
(assert
 (let ((?x311 (- (ite (> 0.0 x0_0_1) (- 0.0) 0.0))))
 (let ((?x475 (* ts_exp!1 ?x311)))
 (let ((?x476 (+ 0.0 ?x475)))
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let ((?x543 (* div!16 ?x470)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= ?x543 (- ?x475 (* div!15 ?x476)))))))))))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= (* div!17 ?x482) ts_exp!2)))))
(assert
 (let ((?x401 (- (ite (> 0.0 x0_0_2) (- 1.0) 1.0))))
 (let ((?x660 (* ts_exp!2 ?x401)))
 (let ((?x661 (+ 0.0 ?x660)))
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let ((?x551 (* div!18 ?x482)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= ?x551 (- ?x660 (* div!17 ?x661)))))))))))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= (* div!19 ?x494) ts_exp!3)))))
(assert
 (let ((?x327 (- (ite (> 0.0 x0_1_0) (- 0.0) 0.0))))
 (let ((?x499 (* ts_exp!3 ?x327)))
 (let ((?x500 (+ 0.0 ?x499)))
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let ((?x559 (* div!20 ?x494)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= ?x559 (- ?x499 (* div!19 ?x500)))))))))))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= (* div!21 ?x506) ts_exp!4)))))
(assert
 (let ((?x335 (- (ite (> 0.0 x0_1_1) (- 0.0) 0.0))))
 (let ((?x511 (* ts_exp!4 ?x335)))
 (let ((?x512 (+ 0.0 ?x511)))
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let ((?x567 (* div!22 ?x506)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= ?x567 (- ?x511 (* div!21 ?x512)))))))))))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= (* div!23 ?x518) ts_exp!5)))))
(assert
 (let ((?x343 (- (ite (> 0.0 x0_1_2) (- 0.0) 0.0))))
 (let ((?x523 (* ts_exp!5 ?x343)))
 (let ((?x524 (+ 0.0 ?x523)))
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let ((?x575 (* div!24 ?x518)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= ?x575 (- ?x523 (* div!23 ?x524)))))))))))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let (($x80 (<= 0.0 x0_0_2)))
 (let ((?x251 (ite $x80 div!5 div!17)))
 (let ((?x279 (* w_0_2 (* ?x251 (- 1.0 ?x251)))))
 (let ((?x296 (+ (* w_0_0 (ite (<= 0.0 x0_0_0) div!2 div!14)) (* w_0_1 (ite (<= 0.0 x0_0_1) div!4 div!16)) (* w_0_2 (ite $x80 div!6 div!18)) (* w_1_0 (ite (<= 0.0 x0_1_0) div!8 div!20)) (* w_1_1 (ite (<= 0.0 x0_1_1) div!10 div!22)) (* w_1_2 (ite (<= 0.0 x0_1_2) div!12 div!24)))))
 (let (($x399 (= ?x296 ?x279)))
 (not $x399)))))))
(assert
 (let (($x580 (= ts_exp!0 ts_exp!1)))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x56)) $x580)))))
(assert
 (let (($x584 (= ts_exp!0 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x58)) $x584)))))
(assert
 (let (($x588 (= ts_exp!0 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x60)) $x588)))))
(assert
 (let (($x592 (= ts_exp!0 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x62)) $x592)))))
(assert
 (let (($x596 (= ts_exp!0 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x64)) $x596)))))
(assert
 (let (($x600 (= ts_exp!1 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x58)) $x600)))))
(assert
 (let (($x604 (= ts_exp!1 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x60)) $x604)))))
(assert
 (let (($x608 (= ts_exp!1 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x62)) $x608)))))
(assert
 (let (($x612 (= ts_exp!1 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x64)) $x612)))))
(assert
 (let (($x616 (= ts_exp!2 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x60)) $x616)))))
(assert
 (let (($x620 (= ts_exp!2 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x62)) $x620)))))
(assert
 (let (($x624 (= ts_exp!2 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x64)) $x624)))))
(assert
 (let (($x628 (= ts_exp!3 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x62)) $x628)))))
(assert
 (let (($x632 (= ts_exp!3 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x64)) $x632)))))
(assert
 (let (($x636 (= ts_exp!4 ts_exp!5)))
(let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
(let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
(=> (and (= ?x62 ?x64)) $x636)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun ts_exp!1 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun ts_exp!3 () Real)
(declare-fun div!7 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun ts_exp!4 () Real)
(declare-fun div!9 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!10 () Real)
(declare-fun ts_exp!5 () Real)
(declare-fun div!11 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_0_2 () Real)
(declare-fun w_0_1 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= 1.0 (* div!1 ?x458))))))
(assert
 (let ((?x376 (- (ite (> 0.0 x0_0_0) (- 0.0) 0.0))))
 (let ((?x639 (* ts_exp!0 ?x376)))
 (let ((?x640 (+ 0.0 ?x639)))
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let ((?x467 (* div!2 ?x458)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= ?x467 (- 0.0 (* div!1 ?x640)))))))))))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= 1.0 (* div!3 ?x470))))))
(assert
 (let ((?x311 (- (ite (> 0.0 x0_0_1) (- 0.0) 0.0))))
 (let ((?x475 (* ts_exp!1 ?x311)))
 (let ((?x476 (+ 0.0 ?x475)))
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let ((?x479 (* div!4 ?x470)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= ?x479 (- 0.0 (* div!3 ?x476)))))))))))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= 1.0 (* div!5 ?x482))))))
(assert
 (let ((?x319 (- (ite (> 0.0 x0_0_2) (- 0.0) 0.0))))
 (let ((?x487 (* ts_exp!2 ?x319)))
 (let ((?x488 (+ 0.0 ?x487)))
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let ((?x491 (* div!6 ?x482)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= ?x491 (- 0.0 (* div!5 ?x488)))))))))))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= 1.0 (* div!7 ?x494))))))
(assert
 (let ((?x414 (- (ite (> 0.0 x0_1_0) (- 1.0) 1.0))))
 (let ((?x671 (* ts_exp!3 ?x414)))
 (let ((?x672 (+ 0.0 ?x671)))
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let ((?x503 (* div!8 ?x494)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= ?x503 (- 0.0 (* div!7 ?x672)))))))))))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= 1.0 (* div!9 ?x506))))))
(assert
 (let ((?x335 (- (ite (> 0.0 x0_1_1) (- 0.0) 0.0))))
 (let ((?x511 (* ts_exp!4 ?x335)))
 (let ((?x512 (+ 0.0 ?x511)))
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let ((?x515 (* div!10 ?x506)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= ?x515 (- 0.0 (* div!9 ?x512)))))))))))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= 1.0 (* div!11 ?x518))))))
(assert
 (let ((?x343 (- (ite (> 0.0 x0_1_2) (- 0.0) 0.0))))
 (let ((?x523 (* ts_exp!5 ?x343)))
 (let ((?x524 (+ 0.0 ?x523)))
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let ((?x527 (* div!12 ?x518)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= ?x527 (- 0.0 (* div!11 ?x524)))))))))))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= (* div!13 ?x458) ts_exp!0)))))
(assert
 (let ((?x376 (- (ite (> 0.0 x0_0_0) (- 0.0) 0.0))))
 (let ((?x639 (* ts_exp!0 ?x376)))
 (let ((?x640 (+ 0.0 ?x639)))
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let ((?x535 (* div!14 ?x458)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= ?x535 (- ?x639 (* div!13 ?x640)))))))))))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= (* div!15 ?x470) ts_exp!1)))))
(assert
 (let ((?x311 (- (ite (> 0.0 x0_0_1) (- 0.0) 0.0))))
 (let ((?x475 (* ts_exp!1 ?x311)))
 (let ((?x476 (+ 0.0 ?x475)))
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let ((?x543 (* div!16 ?x470)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= ?x543 (- ?x475 (* div!15 ?x476)))))))))))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= (* div!17 ?x482) ts_exp!2)))))
(assert
 (let ((?x319 (- (ite (> 0.0 x0_0_2) (- 0.0) 0.0))))
 (let ((?x487 (* ts_exp!2 ?x319)))
 (let ((?x488 (+ 0.0 ?x487)))
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let ((?x551 (* div!18 ?x482)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= ?x551 (- ?x487 (* div!17 ?x488)))))))))))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= (* div!19 ?x494) ts_exp!3)))))
(assert
 (let ((?x414 (- (ite (> 0.0 x0_1_0) (- 1.0) 1.0))))
 (let ((?x671 (* ts_exp!3 ?x414)))
 (let ((?x672 (+ 0.0 ?x671)))
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let ((?x559 (* div!20 ?x494)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= ?x559 (- ?x671 (* div!19 ?x672)))))))))))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= (* div!21 ?x506) ts_exp!4)))))
(assert
 (let ((?x335 (- (ite (> 0.0 x0_1_1) (- 0.0) 0.0))))
 (let ((?x511 (* ts_exp!4 ?x335)))
 (let ((?x512 (+ 0.0 ?x511)))
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let ((?x567 (* div!22 ?x506)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= ?x567 (- ?x511 (* div!21 ?x512)))))))))))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= (* div!23 ?x518) ts_exp!5)))))
(assert
 (let ((?x343 (- (ite (> 0.0 x0_1_2) (- 0.0) 0.0))))
 (let ((?x523 (* ts_exp!5 ?x343)))
 (let ((?x524 (+ 0.0 ?x523)))
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let ((?x575 (* div!24 ?x518)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= ?x575 (- ?x523 (* div!23 ?x524)))))))))))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let (($x81 (<= 0.0 x0_1_0)))
 (let ((?x253 (ite $x81 div!7 div!19)))
 (let ((?x280 (* w_1_0 (* ?x253 (- 1.0 ?x253)))))
 (let ((?x296 (+ (* w_0_0 (ite (<= 0.0 x0_0_0) div!2 div!14)) (* w_0_1 (ite (<= 0.0 x0_0_1) div!4 div!16)) (* w_0_2 (ite (<= 0.0 x0_0_2) div!6 div!18)) (* w_1_0 (ite $x81 div!8 div!20)) (* w_1_1 (ite (<= 0.0 x0_1_1) div!10 div!22)) (* w_1_2 (ite (<= 0.0 x0_1_2) div!12 div!24)))))
 (let (($x412 (= ?x296 ?x280)))
 (not $x412)))))))
(assert
 (let (($x580 (= ts_exp!0 ts_exp!1)))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x56)) $x580)))))
(assert
 (let (($x584 (= ts_exp!0 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x58)) $x584)))))
(assert
 (let (($x588 (= ts_exp!0 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x60)) $x588)))))
(assert
 (let (($x592 (= ts_exp!0 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x62)) $x592)))))
(assert
 (let (($x596 (= ts_exp!0 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x64)) $x596)))))
(assert
 (let (($x600 (= ts_exp!1 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x58)) $x600)))))
(assert
 (let (($x604 (= ts_exp!1 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x60)) $x604)))))
(assert
 (let (($x608 (= ts_exp!1 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x62)) $x608)))))
(assert
 (let (($x612 (= ts_exp!1 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x64)) $x612)))))
(assert
 (let (($x616 (= ts_exp!2 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x60)) $x616)))))
(assert
 (let (($x620 (= ts_exp!2 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x62)) $x620)))))
(assert
 (let (($x624 (= ts_exp!2 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x64)) $x624)))))
(assert
 (let (($x628 (= ts_exp!3 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x62)) $x628)))))
(assert
 (let (($x632 (= ts_exp!3 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x64)) $x632)))))
(assert
 (let (($x636 (= ts_exp!4 ts_exp!5)))
(let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
(let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
(=> (and (= ?x62 ?x64)) $x636)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun ts_exp!1 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun ts_exp!3 () Real)
(declare-fun div!7 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun ts_exp!4 () Real)
(declare-fun div!9 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!10 () Real)
(declare-fun ts_exp!5 () Real)
(declare-fun div!11 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_0_2 () Real)
(declare-fun w_0_1 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= 1.0 (* div!1 ?x458))))))
(assert
 (let ((?x376 (- (ite (> 0.0 x0_0_0) (- 0.0) 0.0))))
 (let ((?x639 (* ts_exp!0 ?x376)))
 (let ((?x640 (+ 0.0 ?x639)))
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let ((?x467 (* div!2 ?x458)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= ?x467 (- 0.0 (* div!1 ?x640)))))))))))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= 1.0 (* div!3 ?x470))))))
(assert
 (let ((?x311 (- (ite (> 0.0 x0_0_1) (- 0.0) 0.0))))
 (let ((?x475 (* ts_exp!1 ?x311)))
 (let ((?x476 (+ 0.0 ?x475)))
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let ((?x479 (* div!4 ?x470)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= ?x479 (- 0.0 (* div!3 ?x476)))))))))))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= 1.0 (* div!5 ?x482))))))
(assert
 (let ((?x319 (- (ite (> 0.0 x0_0_2) (- 0.0) 0.0))))
 (let ((?x487 (* ts_exp!2 ?x319)))
 (let ((?x488 (+ 0.0 ?x487)))
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let ((?x491 (* div!6 ?x482)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= ?x491 (- 0.0 (* div!5 ?x488)))))))))))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= 1.0 (* div!7 ?x494))))))
(assert
 (let ((?x327 (- (ite (> 0.0 x0_1_0) (- 0.0) 0.0))))
 (let ((?x499 (* ts_exp!3 ?x327)))
 (let ((?x500 (+ 0.0 ?x499)))
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let ((?x503 (* div!8 ?x494)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= ?x503 (- 0.0 (* div!7 ?x500)))))))))))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= 1.0 (* div!9 ?x506))))))
(assert
 (let ((?x427 (- (ite (> 0.0 x0_1_1) (- 1.0) 1.0))))
 (let ((?x682 (* ts_exp!4 ?x427)))
 (let ((?x683 (+ 0.0 ?x682)))
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let ((?x515 (* div!10 ?x506)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= ?x515 (- 0.0 (* div!9 ?x683)))))))))))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= 1.0 (* div!11 ?x518))))))
(assert
 (let ((?x343 (- (ite (> 0.0 x0_1_2) (- 0.0) 0.0))))
 (let ((?x523 (* ts_exp!5 ?x343)))
 (let ((?x524 (+ 0.0 ?x523)))
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let ((?x527 (* div!12 ?x518)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= ?x527 (- 0.0 (* div!11 ?x524)))))))))))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= (* div!13 ?x458) ts_exp!0)))))
(assert
 (let ((?x376 (- (ite (> 0.0 x0_0_0) (- 0.0) 0.0))))
 (let ((?x639 (* ts_exp!0 ?x376)))
 (let ((?x640 (+ 0.0 ?x639)))
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let ((?x535 (* div!14 ?x458)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= ?x535 (- ?x639 (* div!13 ?x640)))))))))))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= (* div!15 ?x470) ts_exp!1)))))
(assert
 (let ((?x311 (- (ite (> 0.0 x0_0_1) (- 0.0) 0.0))))
 (let ((?x475 (* ts_exp!1 ?x311)))
 (let ((?x476 (+ 0.0 ?x475)))
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let ((?x543 (* div!16 ?x470)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= ?x543 (- ?x475 (* div!15 ?x476)))))))))))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= (* div!17 ?x482) ts_exp!2)))))
(assert
 (let ((?x319 (- (ite (> 0.0 x0_0_2) (- 0.0) 0.0))))
 (let ((?x487 (* ts_exp!2 ?x319)))
 (let ((?x488 (+ 0.0 ?x487)))
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let ((?x551 (* div!18 ?x482)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= ?x551 (- ?x487 (* div!17 ?x488)))))))))))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= (* div!19 ?x494) ts_exp!3)))))
(assert
 (let ((?x327 (- (ite (> 0.0 x0_1_0) (- 0.0) 0.0))))
 (let ((?x499 (* ts_exp!3 ?x327)))
 (let ((?x500 (+ 0.0 ?x499)))
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let ((?x559 (* div!20 ?x494)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= ?x559 (- ?x499 (* div!19 ?x500)))))))))))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= (* div!21 ?x506) ts_exp!4)))))
(assert
 (let ((?x427 (- (ite (> 0.0 x0_1_1) (- 1.0) 1.0))))
 (let ((?x682 (* ts_exp!4 ?x427)))
 (let ((?x683 (+ 0.0 ?x682)))
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let ((?x567 (* div!22 ?x506)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= ?x567 (- ?x682 (* div!21 ?x683)))))))))))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= (* div!23 ?x518) ts_exp!5)))))
(assert
 (let ((?x343 (- (ite (> 0.0 x0_1_2) (- 0.0) 0.0))))
 (let ((?x523 (* ts_exp!5 ?x343)))
 (let ((?x524 (+ 0.0 ?x523)))
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let ((?x575 (* div!24 ?x518)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= ?x575 (- ?x523 (* div!23 ?x524)))))))))))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let (($x82 (<= 0.0 x0_1_1)))
 (let ((?x255 (ite $x82 div!9 div!21)))
 (let ((?x281 (* w_1_1 (* ?x255 (- 1.0 ?x255)))))
 (let ((?x296 (+ (* w_0_0 (ite (<= 0.0 x0_0_0) div!2 div!14)) (* w_0_1 (ite (<= 0.0 x0_0_1) div!4 div!16)) (* w_0_2 (ite (<= 0.0 x0_0_2) div!6 div!18)) (* w_1_0 (ite (<= 0.0 x0_1_0) div!8 div!20)) (* w_1_1 (ite $x82 div!10 div!22)) (* w_1_2 (ite (<= 0.0 x0_1_2) div!12 div!24)))))
 (let (($x425 (= ?x296 ?x281)))
 (not $x425)))))))
(assert
 (let (($x580 (= ts_exp!0 ts_exp!1)))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x56)) $x580)))))
(assert
 (let (($x584 (= ts_exp!0 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x58)) $x584)))))
(assert
 (let (($x588 (= ts_exp!0 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x60)) $x588)))))
(assert
 (let (($x592 (= ts_exp!0 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x62)) $x592)))))
(assert
 (let (($x596 (= ts_exp!0 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x64)) $x596)))))
(assert
 (let (($x600 (= ts_exp!1 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x58)) $x600)))))
(assert
 (let (($x604 (= ts_exp!1 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x60)) $x604)))))
(assert
 (let (($x608 (= ts_exp!1 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x62)) $x608)))))
(assert
 (let (($x612 (= ts_exp!1 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x64)) $x612)))))
(assert
 (let (($x616 (= ts_exp!2 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x60)) $x616)))))
(assert
 (let (($x620 (= ts_exp!2 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x62)) $x620)))))
(assert
 (let (($x624 (= ts_exp!2 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x64)) $x624)))))
(assert
 (let (($x628 (= ts_exp!3 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x62)) $x628)))))
(assert
 (let (($x632 (= ts_exp!3 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x64)) $x632)))))
(assert
 (let (($x636 (= ts_exp!4 ts_exp!5)))
(let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
(let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
(=> (and (= ?x62 ?x64)) $x636)))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun ts_exp!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun ts_exp!1 () Real)
(declare-fun div!3 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun ts_exp!2 () Real)
(declare-fun div!5 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun ts_exp!3 () Real)
(declare-fun div!7 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun div!8 () Real)
(declare-fun ts_exp!4 () Real)
(declare-fun div!9 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun div!10 () Real)
(declare-fun ts_exp!5 () Real)
(declare-fun div!11 () Real)
(declare-fun x0_1_2 () Real)
(declare-fun div!12 () Real)
(declare-fun div!13 () Real)
(declare-fun div!14 () Real)
(declare-fun div!15 () Real)
(declare-fun div!16 () Real)
(declare-fun div!17 () Real)
(declare-fun div!18 () Real)
(declare-fun div!19 () Real)
(declare-fun div!20 () Real)
(declare-fun div!21 () Real)
(declare-fun div!22 () Real)
(declare-fun div!23 () Real)
(declare-fun div!24 () Real)
(declare-fun w_1_2 () Real)
(declare-fun w_1_1 () Real)
(declare-fun w_1_0 () Real)
(declare-fun w_0_2 () Real)
(declare-fun w_0_1 () Real)
(declare-fun w_0_0 () Real)
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= 1.0 (* div!1 ?x458))))))
(assert
 (let ((?x376 (- (ite (> 0.0 x0_0_0) (- 0.0) 0.0))))
 (let ((?x639 (* ts_exp!0 ?x376)))
 (let ((?x640 (+ 0.0 ?x639)))
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let ((?x467 (* div!2 ?x458)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= ?x467 (- 0.0 (* div!1 ?x640)))))))))))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= 1.0 (* div!3 ?x470))))))
(assert
 (let ((?x311 (- (ite (> 0.0 x0_0_1) (- 0.0) 0.0))))
 (let ((?x475 (* ts_exp!1 ?x311)))
 (let ((?x476 (+ 0.0 ?x475)))
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let ((?x479 (* div!4 ?x470)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= ?x479 (- 0.0 (* div!3 ?x476)))))))))))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= 1.0 (* div!5 ?x482))))))
(assert
 (let ((?x319 (- (ite (> 0.0 x0_0_2) (- 0.0) 0.0))))
 (let ((?x487 (* ts_exp!2 ?x319)))
 (let ((?x488 (+ 0.0 ?x487)))
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let ((?x491 (* div!6 ?x482)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= ?x491 (- 0.0 (* div!5 ?x488)))))))))))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= 1.0 (* div!7 ?x494))))))
(assert
 (let ((?x327 (- (ite (> 0.0 x0_1_0) (- 0.0) 0.0))))
 (let ((?x499 (* ts_exp!3 ?x327)))
 (let ((?x500 (+ 0.0 ?x499)))
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let ((?x503 (* div!8 ?x494)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= ?x503 (- 0.0 (* div!7 ?x500)))))))))))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= 1.0 (* div!9 ?x506))))))
(assert
 (let ((?x335 (- (ite (> 0.0 x0_1_1) (- 0.0) 0.0))))
 (let ((?x511 (* ts_exp!4 ?x335)))
 (let ((?x512 (+ 0.0 ?x511)))
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let ((?x515 (* div!10 ?x506)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= ?x515 (- 0.0 (* div!9 ?x512)))))))))))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= 1.0 (* div!11 ?x518))))))
(assert
 (let ((?x440 (- (ite (> 0.0 x0_1_2) (- 1.0) 1.0))))
 (let ((?x693 (* ts_exp!5 ?x440)))
 (let ((?x694 (+ 0.0 ?x693)))
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let ((?x527 (* div!12 ?x518)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= ?x527 (- 0.0 (* div!11 ?x694)))))))))))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= (* div!13 ?x458) ts_exp!0)))))
(assert
 (let ((?x376 (- (ite (> 0.0 x0_0_0) (- 0.0) 0.0))))
 (let ((?x639 (* ts_exp!0 ?x376)))
 (let ((?x640 (+ 0.0 ?x639)))
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (let ((?x535 (* div!14 ?x458)))
 (let (($x461 (and (distinct ?x458 0.0) true)))
 (=> $x461 (= ?x535 (- ?x639 (* div!13 ?x640)))))))))))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= (* div!15 ?x470) ts_exp!1)))))
(assert
 (let ((?x311 (- (ite (> 0.0 x0_0_1) (- 0.0) 0.0))))
 (let ((?x475 (* ts_exp!1 ?x311)))
 (let ((?x476 (+ 0.0 ?x475)))
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (let ((?x543 (* div!16 ?x470)))
 (let (($x473 (and (distinct ?x470 0.0) true)))
 (=> $x473 (= ?x543 (- ?x475 (* div!15 ?x476)))))))))))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= (* div!17 ?x482) ts_exp!2)))))
(assert
 (let ((?x319 (- (ite (> 0.0 x0_0_2) (- 0.0) 0.0))))
 (let ((?x487 (* ts_exp!2 ?x319)))
 (let ((?x488 (+ 0.0 ?x487)))
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (let ((?x551 (* div!18 ?x482)))
 (let (($x485 (and (distinct ?x482 0.0) true)))
 (=> $x485 (= ?x551 (- ?x487 (* div!17 ?x488)))))))))))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= (* div!19 ?x494) ts_exp!3)))))
(assert
 (let ((?x327 (- (ite (> 0.0 x0_1_0) (- 0.0) 0.0))))
 (let ((?x499 (* ts_exp!3 ?x327)))
 (let ((?x500 (+ 0.0 ?x499)))
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (let ((?x559 (* div!20 ?x494)))
 (let (($x497 (and (distinct ?x494 0.0) true)))
 (=> $x497 (= ?x559 (- ?x499 (* div!19 ?x500)))))))))))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= (* div!21 ?x506) ts_exp!4)))))
(assert
 (let ((?x335 (- (ite (> 0.0 x0_1_1) (- 0.0) 0.0))))
 (let ((?x511 (* ts_exp!4 ?x335)))
 (let ((?x512 (+ 0.0 ?x511)))
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (let ((?x567 (* div!22 ?x506)))
 (let (($x509 (and (distinct ?x506 0.0) true)))
 (=> $x509 (= ?x567 (- ?x511 (* div!21 ?x512)))))))))))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= (* div!23 ?x518) ts_exp!5)))))
(assert
 (let ((?x440 (- (ite (> 0.0 x0_1_2) (- 1.0) 1.0))))
 (let ((?x693 (* ts_exp!5 ?x440)))
 (let ((?x694 (+ 0.0 ?x693)))
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (let ((?x575 (* div!24 ?x518)))
 (let (($x521 (and (distinct ?x518 0.0) true)))
 (=> $x521 (= ?x575 (- ?x693 (* div!23 ?x694)))))))))))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x458 (+ 1.0 ts_exp!0)))
 (and (distinct ?x458 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x470 (+ 1.0 ts_exp!1)))
 (and (distinct ?x470 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x482 (+ 1.0 ts_exp!2)))
 (and (distinct ?x482 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x494 (+ 1.0 ts_exp!3)))
 (and (distinct ?x494 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x506 (+ 1.0 ts_exp!4)))
 (and (distinct ?x506 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (let ((?x518 (+ 1.0 ts_exp!5)))
 (and (distinct ?x518 0.0) true)))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let (($x83 (<= 0.0 x0_1_2)))
 (let ((?x257 (ite $x83 div!11 div!23)))
 (let ((?x282 (* w_1_2 (* ?x257 (- 1.0 ?x257)))))
 (let ((?x296 (+ (* w_0_0 (ite (<= 0.0 x0_0_0) div!2 div!14)) (* w_0_1 (ite (<= 0.0 x0_0_1) div!4 div!16)) (* w_0_2 (ite (<= 0.0 x0_0_2) div!6 div!18)) (* w_1_0 (ite (<= 0.0 x0_1_0) div!8 div!20)) (* w_1_1 (ite (<= 0.0 x0_1_1) div!10 div!22)) (* w_1_2 (ite $x83 div!12 div!24)))))
 (let (($x438 (= ?x296 ?x282)))
 (not $x438)))))))
(assert
 (let (($x580 (= ts_exp!0 ts_exp!1)))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x56)) $x580)))))
(assert
 (let (($x584 (= ts_exp!0 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x58)) $x584)))))
(assert
 (let (($x588 (= ts_exp!0 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x60)) $x588)))))
(assert
 (let (($x592 (= ts_exp!0 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x62)) $x592)))))
(assert
 (let (($x596 (= ts_exp!0 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x54 (- (ite (> 0.0 x0_0_0) (- x0_0_0) x0_0_0))))
 (=> (and (= ?x54 ?x64)) $x596)))))
(assert
 (let (($x600 (= ts_exp!1 ts_exp!2)))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x58)) $x600)))))
(assert
 (let (($x604 (= ts_exp!1 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x60)) $x604)))))
(assert
 (let (($x608 (= ts_exp!1 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x62)) $x608)))))
(assert
 (let (($x612 (= ts_exp!1 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x56 (- (ite (> 0.0 x0_0_1) (- x0_0_1) x0_0_1))))
 (=> (and (= ?x56 ?x64)) $x612)))))
(assert
 (let (($x616 (= ts_exp!2 ts_exp!3)))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x60)) $x616)))))
(assert
 (let (($x620 (= ts_exp!2 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x62)) $x620)))))
(assert
 (let (($x624 (= ts_exp!2 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x58 (- (ite (> 0.0 x0_0_2) (- x0_0_2) x0_0_2))))
 (=> (and (= ?x58 ?x64)) $x624)))))
(assert
 (let (($x628 (= ts_exp!3 ts_exp!4)))
 (let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x62)) $x628)))))
(assert
 (let (($x632 (= ts_exp!3 ts_exp!5)))
 (let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
 (let ((?x60 (- (ite (> 0.0 x0_1_0) (- x0_1_0) x0_1_0))))
 (=> (and (= ?x60 ?x64)) $x632)))))
(assert
 (let (($x636 (= ts_exp!4 ts_exp!5)))
(let ((?x64 (- (ite (> 0.0 x0_1_2) (- x0_1_2) x0_1_2))))
(let ((?x62 (- (ite (> 0.0 x0_1_1) (- x0_1_1) x0_1_1))))
(=> (and (= ?x62 ?x64)) $x636)))))
(check-sat)
