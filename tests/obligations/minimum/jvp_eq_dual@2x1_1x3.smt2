; torchsmt obligation minimum.jvp_eq_dual@2x1_1x3 (lemma, op minimum, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((2, 1), (1, 3)), off kinks
(set-info :source |torchsmt lemma minimum.jvp_eq_dual@2x1_1x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun v1_0_0 () Real)
(declare-fun v0_0_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let ((?x65 (+ v1_0_0 (* (ite (>= x1_0_0 x0_0_0) 1.0 0.0) (- v0_0_0 v1_0_0)))))
(let (($x71 (= ?x65 (ite (< x0_0_0 x1_0_0) v0_0_0 v1_0_0))))
(not $x71))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun v1_0_1 () Real)
(declare-fun v0_0_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let ((?x66 (+ v1_0_1 (* (ite (>= x1_0_1 x0_0_0) 1.0 0.0) (- v0_0_0 v1_0_1)))))
(let (($x72 (= ?x66 (ite (< x0_0_0 x1_0_1) v0_0_0 v1_0_1))))
(not $x72))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun v1_0_2 () Real)
(declare-fun v0_0_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let ((?x67 (+ v1_0_2 (* (ite (>= x1_0_2 x0_0_0) 1.0 0.0) (- v0_0_0 v1_0_2)))))
(let (($x73 (= ?x67 (ite (< x0_0_0 x1_0_2) v0_0_0 v1_0_2))))
(not $x73))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun v1_0_0 () Real)
(declare-fun v0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let ((?x68 (+ v1_0_0 (* (ite (>= x1_0_0 x0_1_0) 1.0 0.0) (- v0_1_0 v1_0_0)))))
(let (($x74 (= ?x68 (ite (< x0_1_0 x1_0_0) v0_1_0 v1_0_0))))
(not $x74))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun v1_0_1 () Real)
(declare-fun v0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let ((?x69 (+ v1_0_1 (* (ite (>= x1_0_1 x0_1_0) 1.0 0.0) (- v0_1_0 v1_0_1)))))
(let (($x75 (= ?x69 (ite (< x0_1_0 x1_0_1) v0_1_0 v1_0_1))))
(not $x75))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x1_0_0 () Real)
(declare-fun x0_0_0 () Real)
(declare-fun x1_0_1 () Real)
(declare-fun x1_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun v1_0_2 () Real)
(declare-fun v0_1_0 () Real)
(assert
 (and (distinct x0_0_0 x1_0_0) true))
(assert
 (and (distinct x0_0_0 x1_0_1) true))
(assert
 (and (distinct x0_0_0 x1_0_2) true))
(assert
 (and (distinct x0_1_0 x1_0_0) true))
(assert
 (and (distinct x0_1_0 x1_0_1) true))
(assert
 (and (distinct x0_1_0 x1_0_2) true))
(assert
 (let ((?x70 (+ v1_0_2 (* (ite (>= x1_0_2 x0_1_0) 1.0 0.0) (- v0_1_0 v1_0_2)))))
(let (($x76 (= ?x70 (ite (< x0_1_0 x1_0_2) v0_1_0 v1_0_2))))
(not $x76))))
(check-sat)
