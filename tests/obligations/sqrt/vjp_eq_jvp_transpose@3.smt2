; torchsmt obligation sqrt.vjp_eq_jvp_transpose@3 (lemma, op sqrt, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((3,),) params {}, off kinks
(set-info :source |torchsmt lemma sqrt.vjp_eq_jvp_transpose@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun w_0 () Real)
(declare-fun w_2 () Real)
(declare-fun w_1 () Real)
(assert
 (let (($x12 (>= x0_0 0.0)))
 (=> $x12 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0)))))
(assert
 (let ((?x119 (* 2.0 ts_sqrt!0)))
 (let (($x122 (and (distinct ?x119 0.0) true)))
 (=> $x122 (= (* div!1 ?x119) 1.0)))))
(assert
 (let (($x27 (>= x0_1 0.0)))
 (=> $x27 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_1)))))
(assert
 (let ((?x129 (* 2.0 ts_sqrt!1)))
 (let (($x132 (and (distinct ?x129 0.0) true)))
 (=> $x132 (= (* div!2 ?x129) 0.0)))))
(assert
 (let (($x41 (>= x0_2 0.0)))
 (=> $x41 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_2)))))
(assert
 (let ((?x139 (* 2.0 ts_sqrt!2)))
 (let (($x142 (and (distinct ?x139 0.0) true)))
 (=> $x142 (= (* div!3 ?x139) 0.0)))))
(assert
 (let (($x146 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x146 (= (/ 1.0 2.0) (* div!4 ts_sqrt!0)))))
(assert
 (let (($x150 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x150 (= (/ 1.0 2.0) (* div!5 ts_sqrt!1)))))
(assert
 (let (($x154 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x154 (= (/ 1.0 2.0) (* div!6 ts_sqrt!2)))))
(assert
 (>= x0_0 0.0))
(assert
 (let ((?x119 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x119 0.0) true)))
(assert
 (>= x0_1 0.0))
(assert
 (let ((?x129 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x129 0.0) true)))
(assert
 (>= x0_2 0.0))
(assert
 (let ((?x139 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x139 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (let ((?x77 (* w_0 div!4)))
 (let ((?x93 (* div!3 w_2)))
 (let ((?x92 (* div!2 w_1)))
 (let ((?x91 (* div!1 w_0)))
 (let ((?x94 (+ ?x91 ?x92 ?x93)))
 (let (($x95 (= ?x94 ?x77)))
 (not $x95))))))))
(assert
 (let (($x158 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0 x0_1)) $x158)))
(assert
 (let (($x162 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0 x0_2)) $x162)))
(assert
 (let (($x166 (= ts_sqrt!1 ts_sqrt!2)))
(=> (and (= x0_1 x0_2)) $x166)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun w_1 () Real)
(declare-fun w_2 () Real)
(declare-fun w_0 () Real)
(assert
 (let (($x12 (>= x0_0 0.0)))
 (=> $x12 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0)))))
(assert
 (let ((?x119 (* 2.0 ts_sqrt!0)))
 (let (($x122 (and (distinct ?x119 0.0) true)))
 (=> $x122 (= (* div!1 ?x119) 0.0)))))
(assert
 (let (($x27 (>= x0_1 0.0)))
 (=> $x27 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_1)))))
(assert
 (let ((?x129 (* 2.0 ts_sqrt!1)))
 (let (($x132 (and (distinct ?x129 0.0) true)))
 (=> $x132 (= (* div!2 ?x129) 1.0)))))
(assert
 (let (($x41 (>= x0_2 0.0)))
 (=> $x41 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_2)))))
(assert
 (let ((?x139 (* 2.0 ts_sqrt!2)))
 (let (($x142 (and (distinct ?x139 0.0) true)))
 (=> $x142 (= (* div!3 ?x139) 0.0)))))
(assert
 (let (($x146 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x146 (= (/ 1.0 2.0) (* div!4 ts_sqrt!0)))))
(assert
 (let (($x150 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x150 (= (/ 1.0 2.0) (* div!5 ts_sqrt!1)))))
(assert
 (let (($x154 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x154 (= (/ 1.0 2.0) (* div!6 ts_sqrt!2)))))
(assert
 (>= x0_0 0.0))
(assert
 (let ((?x119 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x119 0.0) true)))
(assert
 (>= x0_1 0.0))
(assert
 (let ((?x129 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x129 0.0) true)))
(assert
 (>= x0_2 0.0))
(assert
 (let ((?x139 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x139 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (let ((?x78 (* w_1 div!5)))
 (let ((?x93 (* div!3 w_2)))
 (let ((?x92 (* div!2 w_1)))
 (let ((?x91 (* div!1 w_0)))
 (let ((?x94 (+ ?x91 ?x92 ?x93)))
 (let (($x102 (= ?x94 ?x78)))
 (not $x102))))))))
(assert
 (let (($x158 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0 x0_1)) $x158)))
(assert
 (let (($x162 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0 x0_2)) $x162)))
(assert
 (let (($x166 (= ts_sqrt!1 ts_sqrt!2)))
(=> (and (= x0_1 x0_2)) $x166)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun ts_sqrt!0 () Real)
(declare-fun div!1 () Real)
(declare-fun x0_1 () Real)
(declare-fun ts_sqrt!1 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_2 () Real)
(declare-fun ts_sqrt!2 () Real)
(declare-fun div!3 () Real)
(declare-fun div!4 () Real)
(declare-fun div!5 () Real)
(declare-fun div!6 () Real)
(declare-fun w_2 () Real)
(declare-fun w_1 () Real)
(declare-fun w_0 () Real)
(assert
 (let (($x12 (>= x0_0 0.0)))
 (=> $x12 (and (>= ts_sqrt!0 0.0) (= (* ts_sqrt!0 ts_sqrt!0) x0_0)))))
(assert
 (let ((?x119 (* 2.0 ts_sqrt!0)))
 (let (($x122 (and (distinct ?x119 0.0) true)))
 (=> $x122 (= (* div!1 ?x119) 0.0)))))
(assert
 (let (($x27 (>= x0_1 0.0)))
 (=> $x27 (and (>= ts_sqrt!1 0.0) (= (* ts_sqrt!1 ts_sqrt!1) x0_1)))))
(assert
 (let ((?x129 (* 2.0 ts_sqrt!1)))
 (let (($x132 (and (distinct ?x129 0.0) true)))
 (=> $x132 (= (* div!2 ?x129) 0.0)))))
(assert
 (let (($x41 (>= x0_2 0.0)))
 (=> $x41 (and (>= ts_sqrt!2 0.0) (= (* ts_sqrt!2 ts_sqrt!2) x0_2)))))
(assert
 (let ((?x139 (* 2.0 ts_sqrt!2)))
 (let (($x142 (and (distinct ?x139 0.0) true)))
 (=> $x142 (= (* div!3 ?x139) 1.0)))))
(assert
 (let (($x146 (and (distinct ts_sqrt!0 0.0) true)))
 (=> $x146 (= (/ 1.0 2.0) (* div!4 ts_sqrt!0)))))
(assert
 (let (($x150 (and (distinct ts_sqrt!1 0.0) true)))
 (=> $x150 (= (/ 1.0 2.0) (* div!5 ts_sqrt!1)))))
(assert
 (let (($x154 (and (distinct ts_sqrt!2 0.0) true)))
 (=> $x154 (= (/ 1.0 2.0) (* div!6 ts_sqrt!2)))))
(assert
 (>= x0_0 0.0))
(assert
 (let ((?x119 (* 2.0 ts_sqrt!0)))
 (and (distinct ?x119 0.0) true)))
(assert
 (>= x0_1 0.0))
(assert
 (let ((?x129 (* 2.0 ts_sqrt!1)))
 (and (distinct ?x129 0.0) true)))
(assert
 (>= x0_2 0.0))
(assert
 (let ((?x139 (* 2.0 ts_sqrt!2)))
 (and (distinct ?x139 0.0) true)))
(assert
 (and (distinct ts_sqrt!0 0.0) true))
(assert
 (and (distinct ts_sqrt!1 0.0) true))
(assert
 (and (distinct ts_sqrt!2 0.0) true))
(assert
 (let ((?x79 (* w_2 div!6)))
 (let ((?x93 (* div!3 w_2)))
 (let ((?x92 (* div!2 w_1)))
 (let ((?x91 (* div!1 w_0)))
 (let ((?x94 (+ ?x91 ?x92 ?x93)))
 (let (($x107 (= ?x94 ?x79)))
 (not $x107))))))))
(assert
 (let (($x158 (= ts_sqrt!0 ts_sqrt!1)))
 (=> (and (= x0_0 x0_1)) $x158)))
(assert
 (let (($x162 (= ts_sqrt!0 ts_sqrt!2)))
 (=> (and (= x0_0 x0_2)) $x162)))
(assert
 (let (($x166 (= ts_sqrt!1 ts_sqrt!2)))
(=> (and (= x0_1 x0_2)) $x166)))
(check-sat)
