; torchsmt obligation maxpool2d.vjp_tie_to_first (lemma, op maxpool2d, kink)
; kink convention of maxpool2d's vjp rule
(set-info :source |torchsmt lemma maxpool2d.vjp_tie_to_first kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0_0_0 () Real)
(declare-fun x0_0_0_0_1 () Real)
(declare-fun x0_0_0_1_0 () Real)
(declare-fun x0_0_0_1_1 () Real)
(declare-fun w_0_0_0_0 () Real)
(assert
 (= x0_0_0_0_0 x0_0_0_0_0))
(assert
 (= x0_0_0_0_1 x0_0_0_0_0))
(assert
 (= x0_0_0_1_0 x0_0_0_0_0))
(assert
 (= x0_0_0_1_1 x0_0_0_0_0))
(assert
 (let ((?x10 (ite (> x0_0_0_0_0 x0_0_0_0_1) x0_0_0_0_0 x0_0_0_0_1)))
(let ((?x12 (ite (> ?x10 x0_0_0_1_0) ?x10 x0_0_0_1_0)))
(let ((?x14 (ite (> ?x12 x0_0_0_1_1) ?x12 x0_0_0_1_1)))
(let ((?x28 (ite (= x0_0_0_1_1 ?x14) (- 3.0) (- 8.0))))
(let ((?x27 (ite (= x0_0_0_1_0 ?x14) (- 2.0) (- 8.0))))
(let ((?x26 (ite (= x0_0_0_0_1 ?x14) (- 1.0) (- 8.0))))
(let ((?x25 (ite (= x0_0_0_0_0 ?x14) 0.0 (- 8.0))))
(let ((?x30 (ite (> ?x25 ?x26) ?x25 ?x26)))
(let ((?x32 (ite (> ?x30 ?x27) ?x30 ?x27)))
(let ((?x34 (ite (> ?x32 ?x28) ?x32 ?x28)))
(let (($x52 (and (= (* (ite (= ?x25 ?x34) 1.0 0.0) w_0_0_0_0) w_0_0_0_0) (= 0.0 (* (ite (= ?x26 ?x34) 1.0 0.0) w_0_0_0_0)) (= 0.0 (* (ite (= ?x27 ?x34) 1.0 0.0) w_0_0_0_0)) (= 0.0 (* (ite (= ?x28 ?x34) 1.0 0.0) w_0_0_0_0)))))
(not $x52)))))))))))))
(check-sat)
