; torchsmt obligation div.jvp_eq_dual@3_3 (lemma, op div, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((3,), (3,)), off kinks
(set-info :source |torchsmt lemma div.jvp_eq_dual@3_3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v1_0 () Real)
(declare-fun v0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_1 () Real)
(declare-fun v0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_2 () Real)
(declare-fun v0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!1 x1_0) x0_0))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!2 x1_0) (- v0_0 (* div!1 v1_0))))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!3 x1_1) x0_1))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!4 x1_1) (- v0_1 (* div!3 v1_1))))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!5 x1_2) x0_2))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!6 x1_2) (- v0_2 (* div!5 v1_2))))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!7 x1_0) v0_0))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!8 x1_1) v0_1))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!9 x1_2) v0_2))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!10 x1_0) (* div!1 v1_0)))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!11 x1_1) (* div!3 v1_1)))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!12 x1_2) (* div!5 v1_2)))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let (($x93 (= (+ div!7 (- div!10)) div!2)))
(not $x93)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v1_0 () Real)
(declare-fun v0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_1 () Real)
(declare-fun v0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_2 () Real)
(declare-fun v0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!1 x1_0) x0_0))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!2 x1_0) (- v0_0 (* div!1 v1_0))))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!3 x1_1) x0_1))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!4 x1_1) (- v0_1 (* div!3 v1_1))))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!5 x1_2) x0_2))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!6 x1_2) (- v0_2 (* div!5 v1_2))))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!7 x1_0) v0_0))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!8 x1_1) v0_1))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!9 x1_2) v0_2))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!10 x1_0) (* div!1 v1_0)))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!11 x1_1) (* div!3 v1_1)))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!12 x1_2) (* div!5 v1_2)))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let (($x94 (= (+ div!8 (- div!11)) div!4)))
(not $x94)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x1_0 () Real)
(declare-fun div!1 () Real)
(declare-fun v1_0 () Real)
(declare-fun v0_0 () Real)
(declare-fun div!2 () Real)
(declare-fun x0_1 () Real)
(declare-fun x1_1 () Real)
(declare-fun div!3 () Real)
(declare-fun v1_1 () Real)
(declare-fun v0_1 () Real)
(declare-fun div!4 () Real)
(declare-fun x0_2 () Real)
(declare-fun x1_2 () Real)
(declare-fun div!5 () Real)
(declare-fun v1_2 () Real)
(declare-fun v0_2 () Real)
(declare-fun div!6 () Real)
(declare-fun div!7 () Real)
(declare-fun div!8 () Real)
(declare-fun div!9 () Real)
(declare-fun div!10 () Real)
(declare-fun div!11 () Real)
(declare-fun div!12 () Real)
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!1 x1_0) x0_0))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!2 x1_0) (- v0_0 (* div!1 v1_0))))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!3 x1_1) x0_1))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!4 x1_1) (- v0_1 (* div!3 v1_1))))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!5 x1_2) x0_2))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!6 x1_2) (- v0_2 (* div!5 v1_2))))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!7 x1_0) v0_0))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!8 x1_1) v0_1))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!9 x1_2) v0_2))))
(assert
 (let (($x18 (and (distinct x1_0 0.0) true)))
 (=> $x18 (= (* div!10 x1_0) (* div!1 v1_0)))))
(assert
 (let (($x31 (and (distinct x1_1 0.0) true)))
 (=> $x31 (= (* div!11 x1_1) (* div!3 v1_1)))))
(assert
 (let (($x44 (and (distinct x1_2 0.0) true)))
 (=> $x44 (= (* div!12 x1_2) (* div!5 v1_2)))))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (and (distinct x1_0 0.0) true))
(assert
 (and (distinct x1_1 0.0) true))
(assert
 (and (distinct x1_2 0.0) true))
(assert
 (let (($x95 (= (+ div!9 (- div!12)) div!6)))
(not $x95)))
(check-sat)
